using System;
using System.Collections.Generic;

namespace WeComGen.Endpoints;

/// <summary>
/// The base addresses, credential facts and error tables of every generated contract loaded in the process, for code
/// compiled without the generated types (the callback side asks how long the code an event carries stays valid; the
/// token source where <c>gettoken</c> lives; a health check what a <c>gettoken</c> error code means).
/// </summary>
/// <remarks>
/// Generated <c>{Contract}Endpoints</c> classes register their endpoints from a module initializer, which runs when
/// the assembly holding the generated code is first used: until then its facts are not here. Registering facts
/// already registered changes nothing. When contracts disagree about one issuer, the shortest validity wins: a code
/// treated as expired too early is refused locally, one treated as valid too long is sent and refused by the server.
/// </remarks>
public static class ContractRegistry
{
    private static readonly object Gate = new();
    private static readonly List<CredentialFacts> Registered = [];
    private static readonly List<ContractAddress> Addresses = [];
    private static readonly List<EndpointErrors> ErrorTables = [];

    /// <summary>Registers <paramref name="facts"/>; the same facts registered again are kept once.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="facts"/> is <see langword="null"/>.</exception>
    public static void Register(CredentialFacts facts) => AddOnce(Registered, facts ?? throw new ArgumentNullException(nameof(facts)));

    /// <summary>Registers a contract's base address; the same address registered again is kept once.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="address"/> is <see langword="null"/>.</exception>
    public static void Register(ContractAddress address) => AddOnce(Addresses, address ?? throw new ArgumentNullException(nameof(address)));

    /// <summary>Registers an endpoint's error table; the same registered again is kept once.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="errors"/> is <see langword="null"/>.</exception>
    public static void Register(EndpointErrors errors) => AddOnce(ErrorTables, errors ?? throw new ArgumentNullException(nameof(errors)));

    /// <summary>
    /// The row for <paramref name="code"/> in the first registered error table that lists it (<c>gettoken</c>'s codes
    /// are listed in the table of every endpoint that needs a token); <see langword="null"/> when none does.
    /// </summary>
    public static ErrorCodeInfo? FindError(int code)
    {
        foreach (var table in Snapshot(ErrorTables))
        {
            if (table.Errors.Find(code) is { } row)
            {
                return row;
            }
        }

        return null;
    }

    /// <summary>Every credential fact registered so far, in the order of registration.</summary>
    public static IReadOnlyList<CredentialFacts> Credentials => Snapshot(Registered);

    /// <summary>Every base address registered so far, in the order of registration.</summary>
    public static IReadOnlyList<ContractAddress> BaseAddresses => Snapshot(Addresses);

    /// <summary>
    /// How long the credential issued by <paramref name="issuer"/> (<c>add_external_contact</c>) is valid, by the
    /// contracts registered so far; the shortest when they disagree; <see langword="null"/> when none names it.
    /// </summary>
    public static TimeSpan? CredentialValidity(string issuer)
    {
        TimeSpan? shortest = null;
        lock (Gate)
        {
            foreach (var facts in Registered)
            {
                if (string.Equals(facts.Issuer, issuer, StringComparison.Ordinal) && (shortest is null || facts.Validity < shortest))
                {
                    shortest = facts.Validity;
                }
            }
        }

        return shortest;
    }

    private static void AddOnce<T>(List<T> registered, T item)
    {
        lock (Gate)
        {
            if (!registered.Contains(item))
            {
                registered.Add(item);
            }
        }
    }

    private static T[] Snapshot<T>(List<T> registered)
    {
        lock (Gate)
        {
            return registered.ToArray();
        }
    }
}
