using System;
using System.Collections.Immutable;
using System.Globalization;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using WeComGen.Analyzers.Diagnostics;
using WeComGen.Analyzers.Metadata;
using WeComGen.Analyzers.Values;
using WeComGen.Validation;

namespace WeComGen.Analyzers.Rules;

/// <summary>Rules on an object as a whole: required members, at-least-one groups, and unions with a discriminator.</summary>
internal static class ObjectRules
{
    public static void Check(CreatedObject created, TypeContract contract, ContractCatalog catalog, string owner, in OperationAnalysisContext context)
    {
        if (created.CanTellMissing)
        {
            CheckRequired(created, contract, context);
        }

        CheckGroups(created, contract, owner, context);

        if (!contract.Variants.IsEmpty)
        {
            CheckUnion(created, contract, catalog, owner, context);
        }
    }

    private static void CheckRequired(CreatedObject created, TypeContract contract, in OperationAnalysisContext context)
    {
        foreach (var member in contract.Required)
        {
            if (created.PresenceOf(member) == Presence.Absent)
            {
                context.ReportDiagnostic(Diagnostic.Create(
                    ContractDiagnostics.RequiredMissing, created.Head,
                    ImmutableDictionary<string, string?>.Empty.Add(DiagnosticProperties.Member, member.Property.Name),
                    ContractMessages.Required(member.WireName).Arguments));
            }
        }
    }

    /// <summary>At-least-one groups, for an object however its members are given (an initializer, a factory's arguments).</summary>
    public static void CheckGroups(IMemberSource created, TypeContract contract, string owner, in OperationAnalysisContext context)
    {
        foreach (var group in contract.Groups)
        {
            CheckGroup(created, group, owner, context);
        }
    }

    private static void CheckGroup(IMemberSource created, MemberGroup group, string owner, in OperationAnalysisContext context)
    {
        if (created.CanTellMissing && created.NoneSet(group.Members, group.MinItems))
        {
            context.ReportDiagnostic(Diagnostic.Create(
                ContractDiagnostics.NoneOfGroup, created.Head,
                ContractMessages.NoneOf(owner, string.Join(", ", group.Members.Select(m => m.WireName))).Arguments));
        }

        if (group.Preferred is not { } preferred || created.PresenceOf(preferred) != Presence.Present)
        {
            return;
        }

        foreach (var member in group.Members)
        {
            if (member != preferred && created.PresenceOf(member) == Presence.Present && created.Setter(member) is { } ignored)
            {
                context.ReportDiagnostic(Diagnostic.Create(
                    ContractDiagnostics.IgnoredMember, ignored.Syntax.GetLocation(),
                    ContractMessages.Ignored(owner, member.WireName, preferred.WireName).Arguments));
            }
        }
    }

    private static void CheckUnion(CreatedObject created, TypeContract contract, ContractCatalog catalog, string owner, in OperationAnalysisContext context)
    {
        MemberContract? present = null;
        foreach (var variant in contract.Variants)
        {
            if (created.PresenceOf(variant) != Presence.Present)
            {
                continue;
            }

            if (present is not null)
            {
                var several = contract.Variants.Where(v => created.PresenceOf(v) == Presence.Present).Select(v => v.VariantWireValue);
                context.ReportDiagnostic(Diagnostic.Create(
                    ContractDiagnostics.SeveralVariants, created.Head,
                    ContractMessages.SeveralVariants(owner, string.Join(", ", several)).Arguments));
                return;
            }

            present = variant;
        }

        if (contract.Discriminator is not { } discriminator
            || created.Assignment(discriminator) is not { } assignment
            || DeclaredWireValue(assignment.Value, catalog) is not { } declared)
        {
            return;
        }

        var location = assignment.Value.Syntax.GetLocation();
        if (Selected(contract.Variants, declared) is not { } selected)
        {
            context.ReportDiagnostic(Diagnostic.Create(ContractDiagnostics.UnknownVariant, location, ContractMessages.UnknownVariant(discriminator.WireName, declared).Arguments));
            return;
        }

        if (created.PresenceOf(selected) != Presence.Absent)
        {
            return;
        }

        if (present is not null)
        {
            var payload = present.VariantWireValue!;
            var properties = ImmutableDictionary<string, string?>.Empty.Add(DiagnosticProperties.PayloadWireValue, payload);
            if (assignment.Value.Type is { TypeKind: TypeKind.Enum } enumType && catalog.MemberWithWireValue(enumType, payload) is { } enumMember)
            {
                properties = properties.Add(DiagnosticProperties.PayloadEnumMember, enumMember);
            }

            context.ReportDiagnostic(Diagnostic.Create(
                ContractDiagnostics.DiscriminatorMismatch, location, properties,
                ContractMessages.DiscriminatorMismatch(discriminator.WireName, declared, payload).Arguments));
        }
        else if (created.CanTellMissing && created.NoneSet(contract.Variants))
        {
            context.ReportDiagnostic(Diagnostic.Create(ContractDiagnostics.VariantMissing, location, ContractMessages.VariantMissing(discriminator.WireName, declared).Arguments));
        }
    }

    private static MemberContract? Selected(ImmutableArray<MemberContract> variants, string wireValue)
    {
        foreach (var variant in variants)
        {
            if (variant.VariantWireValue == wireValue)
            {
                return variant;
            }
        }

        return null;
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
