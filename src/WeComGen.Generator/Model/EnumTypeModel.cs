namespace WeComGen.Generator.Model;

/// <summary>An enum: members with their wire values.</summary>
/// <param name="IsInteger">
/// Whether the wire carries numbers (an open enum: any number is read and kept, listed or not) rather than strings
/// (a closed enum: the wire values are the contract's).
/// </param>
internal sealed record EnumTypeModel(string Name, string? Description, EquatableArray<EnumMemberModel> Members, bool IsInteger = false);

/// <summary>One enum member and the string it is on the wire (an integer enum's number, as its digits).</summary>
internal sealed record EnumMemberModel(string Name, string WireValue);

/// <summary>An integer error-code enum with its table (<c>x-wecom-errors</c>).</summary>
internal sealed record ErrorCodeTypeModel(string Name, string? Description, EquatableArray<ErrorCodeModel> Codes)
{
    public string TableName => Name + "Table";
}

/// <summary>One row of <c>x-wecom-errors</c>; <paramref name="Action"/> is the <c>ErrorAction</c> member name.</summary>
internal sealed record ErrorCodeModel(int Code, string Name, string? ErrMsg, string Meaning, string Action, string? Hint, int? RetryLimit);
