using WeComGen.Generator.Model;

namespace WeComGen.Generator.Emit;

/// <summary>
/// An endpoint descriptor's <c>Lifetimes</c>: each response value with <c>x-wecom-valid-for</c>, how long it lives and
/// the member of Unix seconds its life counts from.
/// </summary>
internal static class LifetimeEmitter
{
    private const string Endpoints = "global::WeComGen.Endpoints.";

    public static void Emit(CodeWriter w, ContractModel contract, EndpointModel endpoint)
    {
        if (endpoint.Lifetimes.IsEmpty)
        {
            return;
        }

        var response = "global::" + contract.Namespace + "." + endpoint.ResponseType;
        w.Open($"Lifetimes = new {Endpoints}ResponseLifetime<{response}>[]");
        foreach (var member in endpoint.Lifetimes)
        {
            var validity = member.ValidFor!;
            w.Open($"new {Endpoints}ResponseLifetime<{response}>");
            w.Line($"Member = {CodeWriter.Literal(member.WireName)},");
            w.Line($"GetValue = static response => response.{member.CSharpName},");
            if (validity.Seconds is { } seconds)
            {
                w.Line($"ValidFor = global::System.TimeSpan.FromSeconds({CodeWriter.Long(seconds)}), // {validity.Duration}");
            }

            if (validity.FromWireName is { } from)
            {
                w.Line($"ValidFrom = {CodeWriter.Literal(from)},");
                w.Line($"GetValidFrom = static response => {Endpoints}UnixSeconds.ToTime(response.{validity.FromCSharpName}),");
            }

            w.Close(",");
        }

        w.Close(",");
    }
}
