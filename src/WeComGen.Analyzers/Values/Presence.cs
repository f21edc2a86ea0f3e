namespace WeComGen.Analyzers.Values;

/// <summary>Whether a member of an object is set, as far as the code shows.</summary>
internal enum Presence
{
    /// <summary>Not set, or set to null.</summary>
    Absent,

    /// <summary>Set to something that may or may not be null.</summary>
    Unknown,

    /// <summary>Set to a value that is certainly not null.</summary>
    Present,
}
