using System;
using System.Collections.Immutable;
using System.Globalization;
using System.Linq;
using Microsoft.CodeAnalysis;
using WeComGen.Analyzers.Diagnostics;
using WeComGen.Analyzers.Metadata;
using WeComGen.Analyzers.Values;
using WeComGen.Validation;

namespace WeComGen.Analyzers.Rules;

/// <summary>Rules on an object as a whole: required members, at-least-one groups, and unions with a discriminator.</summary>
internal static class ObjectRules
{
    public static void Check(CreatedObject created, TypeContract contract, ContractCatalog catalog, string owner, Action<Diagnostic> report)
    {
        if (created.CanTellMissing)
        {
            CheckRequired(created, contract, report);
        }

        foreach (var group in contract.Groups)
        {
            CheckGroup(created, group, owner, report);
        }

        if (!contract.Variants.IsEmpty)
        {
            CheckUnion(created, contract, catalog, owner, report);
        }
    }

    private static void CheckRequired(CreatedObject created, TypeContract contract, Action<Diagnostic> report)
    {
        foreach (var member in contract.Required)
        {
            if (created.PresenceOf(member) == Presence.Absent)
            {
                report(Diagnostic.Create(
                    ContractDiagnostics.RequiredMissing, created.Head,
                    ImmutableDictionary<string, string?>.Empty.Add(DiagnosticProperties.Member, member.Property.Name),
                    ContractMessages.Required(member.WireName)));
            }
        }
    }

    private static void CheckGroup(CreatedObject created, MemberGroup group, string owner, Action<Diagnostic> report)
    {
        if (created.CanTellMissing && group.Members.All(m => created.PresenceOf(m) == Presence.Absent))
        {
            report(Diagnostic.Create(
                ContractDiagnostics.NoneOfGroup, created.Head,
                ContractMessages.NoneOf(owner, string.Join(", ", group.Members.Select(m => m.WireName)))));
        }

        if (group.Preferred is not { } preferred || created.PresenceOf(preferred) != Presence.Present)
        {
            return;
        }

        foreach (var member in group.Members)
        {
            if (member != preferred && created.PresenceOf(member) == Presence.Present && created.Assignment(member) is { } ignored)
            {
                report(Diagnostic.Create(
                    ContractDiagnostics.IgnoredMember, ignored.Syntax.GetLocation(),
                    ContractMessages.Ignored(owner, member.WireName, preferred.WireName)));
            }
        }
    }

    private static void CheckUnion(CreatedObject created, TypeContract contract, ContractCatalog catalog, string owner, Action<Diagnostic> report)
    {
        var present = contract.Variants.Where(v => created.PresenceOf(v) == Presence.Present).ToList();
        if (present.Count > 1)
        {
            report(Diagnostic.Create(
                ContractDiagnostics.SeveralVariants, created.Head,
                ContractMessages.SeveralVariants(owner, string.Join(", ", present.Select(v => v.VariantWireValue)))));
            return;
        }

        if (contract.Discriminator is not { } discriminator
            || created.Assignment(discriminator) is not { } assignment
            || DeclaredWireValue(assignment.Value, catalog) is not { } declared)
        {
            return;
        }

        var location = assignment.Value.Syntax.GetLocation();
        var selected = contract.Variants.FirstOrDefault(v => v.VariantWireValue == declared);
        if (selected is null)
        {
            report(Diagnostic.Create(ContractDiagnostics.UnknownVariant, location, ContractMessages.UnknownVariant(discriminator.WireName, declared)));
            return;
        }

        if (created.PresenceOf(selected) != Presence.Absent)
        {
            return;
        }

        if (present.Count == 1)
        {
            var payload = present[0].VariantWireValue!;
            var properties = ImmutableDictionary<string, string?>.Empty.Add(DiagnosticProperties.PayloadWireValue, payload);
            if (assignment.Value.Type is { TypeKind: TypeKind.Enum } enumType && catalog.MemberWithWireValue(enumType, payload) is { } enumMember)
            {
                properties = properties.Add(DiagnosticProperties.PayloadEnumMember, enumMember);
            }

            report(Diagnostic.Create(
                ContractDiagnostics.DiscriminatorMismatch, location, properties,
                ContractMessages.DiscriminatorMismatch(discriminator.WireName, declared, payload)));
        }
        else if (created.CanTellMissing && contract.Variants.All(v => created.PresenceOf(v) == Presence.Absent))
        {
            report(Diagnostic.Create(ContractDiagnostics.VariantMissing, location, ContractMessages.VariantMissing(discriminator.WireName, declared)));
        }
    }

    /// <summary>The wire value a constant discriminator stands for: an enum member's [ContractWireValue], or the string itself.</summary>
    private static string? DeclaredWireValue(IOperation value, ContractCatalog catalog)
    {
        var inner = Operations.Unwrap(value);
        var constant = value.ConstantValue.HasValue ? value.ConstantValue : inner.ConstantValue;
        if (!constant.HasValue || constant.Value is null)
        {
            return null;
        }

        if (constant.Value is string text)
        {
            return text;
        }

        return value.Type is { TypeKind: TypeKind.Enum } enumType
            ? catalog.WireValueOf(enumType, constant.Value) ?? Convert.ToString(constant.Value, CultureInfo.InvariantCulture)
            : null;
    }
}
