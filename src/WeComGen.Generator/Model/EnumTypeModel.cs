namespace WeComGen.Generator.Model;

/// <summary>A string enum: members with their wire values.</summary>
internal sealed record EnumTypeModel(string Name, string? Description, EquatableArray<EnumMemberModel> Members);

/// <summary>One enum member and the string it is on the wire.</summary>
internal sealed record EnumMemberModel(string Name, string WireValue);

/// <summary>An integer error-code enum with its table (<c>x-wecom-errors</c>).</summary>
internal sealed record ErrorCodeTypeModel(string Name, string? Description, EquatableArray<ErrorCodeModel> Codes)
{
    public string TableName => Name + "Table";
}

/// <summary>One row of <c>x-wecom-errors</c>; <paramref name="Action"/> is the <c>ErrorAction</c> member name.</summary>
internal sealed record ErrorCodeModel(int Code, string Name, string? ErrMsg, string Meaning, string Action, string? Hint, int? RetryLimit);
