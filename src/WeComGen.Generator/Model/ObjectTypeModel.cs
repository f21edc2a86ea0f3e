namespace WeComGen.Generator.Model;

/// <summary>A generated class (a schema of <c>type: object</c>).</summary>
/// <param name="Name">The C# class name.</param>
/// <param name="Description">Its XML documentation.</param>
/// <param name="Properties">Its members, in schema order.</param>
/// <param name="AtLeastOneOf">Its <c>anyOf</c> groups of required members.</param>
/// <param name="Union">The union it forms when it has an <c>x-wecom-discriminator</c>.</param>
internal sealed record ObjectTypeModel(
    string Name,
    string? Description,
    EquatableArray<PropertyModel> Properties,
    EquatableArray<AtLeastOneOfModel> AtLeastOneOf,
    UnionModel? Union);

/// <summary>An <c>anyOf</c> of <c>required</c> branches: at least one member is set.</summary>
/// <param name="Members">One member per branch, in schema order.</param>
/// <param name="PreferredOrder">The <c>x-wecom-precedence</c> order (wire names); empty when all set members are used.</param>
internal sealed record AtLeastOneOfModel(EquatableArray<GroupMemberModel> Members, EquatableArray<string> PreferredOrder);

/// <summary>One branch of an <c>anyOf</c> group: the member it requires, and the item count that counts as set.</summary>
internal sealed record GroupMemberModel(string WireName, string CSharpName, int? MinItems);

/// <summary>A discriminated union: the discriminator property selects which payload property is set.</summary>
/// <param name="DiscriminatorWireName">The discriminator's wire name (<c>msgtype</c>).</param>
/// <param name="DiscriminatorCSharpName">Its C# name.</param>
/// <param name="EnumName">The enum type of the discriminator.</param>
/// <param name="Variants">One variant per <c>oneOf</c> branch, in schema order.</param>
internal sealed record UnionModel(
    string DiscriminatorWireName,
    string DiscriminatorCSharpName,
    string EnumName,
    EquatableArray<UnionVariantModel> Variants);

/// <summary>One <c>oneOf</c> branch: the discriminator value and the payload property it requires.</summary>
internal sealed record UnionVariantModel(
    string WireValue,
    string EnumMember,
    string PayloadWireName,
    string PayloadCSharpName,
    string PayloadTypeName);
