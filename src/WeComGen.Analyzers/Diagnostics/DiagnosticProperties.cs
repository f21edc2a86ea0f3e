namespace WeComGen.Analyzers.Diagnostics;

/// <summary>Keys of the properties a diagnostic carries for its code fix.</summary>
public static class DiagnosticProperties
{
    /// <summary>WCG103: the wire value of the payload that is set, which the discriminator should name.</summary>
    public const string PayloadWireValue = "PayloadWireValue";

    /// <summary>WCG103: when the discriminator is an enum, the name of its member that carries <see cref="PayloadWireValue"/>.</summary>
    public const string PayloadEnumMember = "PayloadEnumMember";

    /// <summary>WCG110: the C# name of the required member that is not set.</summary>
    public const string Member = "Member";
}
