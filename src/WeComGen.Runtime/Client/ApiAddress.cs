using System;
using System.Linq;
using WeComGen.Endpoints;

namespace WeComGen.Client;

/// <summary>Where a request goes: the configured base address, or the one the schema gives.</summary>
internal static class ApiAddress
{
    /// <summary>
    /// The base address of <c>gettoken</c>, which no schema describes: the configured one, or the one base address the
    /// generated contracts loaded so far register (they register when their assembly is first used).
    /// </summary>
    /// <exception cref="InvalidOperationException">Nothing configured, and no single base address registered.</exception>
    public static Uri ForTokens(Uri? configured)
    {
        if (configured is not null)
        {
            return configured;
        }

        var registered = ContractRegistry.BaseAddresses.Select(a => a.BaseAddress).Distinct().ToList();
        return registered.Count switch
        {
            1 => registered[0],
            0 => throw new InvalidOperationException(
                "WeComClientOptions.BaseAddress is not set and no generated contract with an x-wecom-base-address is loaded: set BaseAddress."),
            _ => throw new InvalidOperationException(
                $"WeComClientOptions.BaseAddress is not set and the loaded contracts name {registered.Count} base addresses ({string.Join(", ", registered)}): set BaseAddress."),
        };
    }

    /// <summary>The base address of an endpoint: the configured one, or its schema's.</summary>
    /// <exception cref="InvalidOperationException">Nothing configured, and the schema names no base address.</exception>
    public static Uri ForEndpoint(Uri? configured, string endpoint, Uri? fromSchema) =>
        configured ?? fromSchema ?? throw new InvalidOperationException(
            $"WeComClientOptions.BaseAddress is not set and the schema of {endpoint} has no x-wecom-base-address: set one of them.");
}
