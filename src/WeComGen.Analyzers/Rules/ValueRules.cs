using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;
using WeComGen.Analyzers.Diagnostics;
using WeComGen.Analyzers.Metadata;
using WeComGen.Analyzers.Values;
using WeComGen.Validation;

namespace WeComGen.Analyzers.Rules;

/// <summary>
/// Rules on one value given to one constrained member, wherever it is given: an initializer, an assignment,
/// a <c>with</c> expression, a constructor or factory argument. Item counts, text limits, patterns, hints,
/// and event-issued credentials.
/// </summary>
internal static class ValueRules
{
    public static void Check(MemberContract member, IOperation value, in OperationAnalysisContext context)
    {
        if (member.ConstrainsItems && KnownSize.Of(value) is { } count)
        {
            CheckCount(member, count, value.Syntax, context);
        }

        if (member.CredentialValiditySeconds is { } seconds && IsConstantCredential(member, value))
        {
            context.ReportDiagnostic(Diagnostic.Create(
                ContractDiagnostics.ConstantCredential, value.Syntax.GetLocation(),
                ContractMessages.ConstantCredential(member.WireName, seconds).Arguments));
        }

        if (member.ConstrainsText && Operations.ConstantText(value) is { } text)
        {
            CheckText(member, text, value.Syntax, context);
        }
    }

    /// <summary>Checks a collection of <paramref name="count"/> items, built at <paramref name="at"/>, against the member's item limits.</summary>
    public static void CheckCount(MemberContract member, int count, SyntaxNode at, in OperationAnalysisContext context)
    {
        if (member.MaxItems is { } max && count > max)
        {
            context.ReportDiagnostic(Diagnostic.Create(ContractDiagnostics.TooManyItems, at.GetLocation(), ContractMessages.TooManyItems(member.WireName, count, max).Arguments));
        }

        if (member.MinItems is { } min && count < min)
        {
            context.ReportDiagnostic(Diagnostic.Create(ContractDiagnostics.TooFewItems, at.GetLocation(), ContractMessages.TooFewItems(member.WireName, count, min).Arguments));
        }
    }

    private static void CheckText(MemberContract member, string text, SyntaxNode at, in OperationAnalysisContext context)
    {
        var name = member.WireName;
        if (member.MaxUtf8Bytes is { } maxBytes && TextMeasure.Utf8Bytes(text) is var bytes && bytes > maxBytes)
        {
            context.ReportDiagnostic(Diagnostic.Create(
                ContractDiagnostics.TooManyUtf8Bytes, at.GetLocation(),
                ContractMessages.TooManyUtf8Bytes(name, bytes, TextMeasure.Characters(text), maxBytes).Arguments));
        }

        // Characters are counted only for a member that limits them.
        if (member.MinLength is not null || member.MaxLength is not null)
        {
            var characters = TextMeasure.Characters(text);
            if (member.MaxLength is { } maxLength && characters > maxLength)
            {
                context.ReportDiagnostic(Diagnostic.Create(ContractDiagnostics.TooLong, at.GetLocation(), ContractMessages.TooLong(name, characters, maxLength).Arguments));
            }

            if (member.MinLength is { } minLength && characters < minLength)
            {
                context.ReportDiagnostic(Diagnostic.Create(ContractDiagnostics.TooShort, at.GetLocation(), ContractMessages.TooShort(name, characters, minLength).Arguments));
            }
        }

        if (member.Pattern is { Regex: { } pattern } source && ContractCatalog.Matches(pattern, text) == false)
        {
            context.ReportDiagnostic(Diagnostic.Create(ContractDiagnostics.PatternMismatch, at.GetLocation(), ContractMessages.PatternMismatch(name, source.Source).Arguments));
        }

        foreach (var hint in member.Hints)
        {
            if (hint.Pattern is { } regex && ContractCatalog.Matches(regex, text) == false)
            {
                context.ReportDiagnostic(Diagnostic.Create(ContractDiagnostics.HintMismatch, at.GetLocation(), ContractMessages.HintMismatch(name, hint.Message).Arguments));
            }
        }
    }

    /// <summary>
    /// A credential given as a constant: a string constant (through an implicit conversion, say), or an
    /// instance of the credential's type built from one.
    /// </summary>
    private static bool IsConstantCredential(MemberContract member, IOperation value)
    {
        if (Operations.ConstantText(value) is not null)
        {
            return true;
        }

        var inner = Operations.Unwrap(value);
        var arguments = inner switch
        {
            IObjectCreationOperation creation => creation.Arguments,
            IInvocationOperation { TargetMethod.IsStatic: true } factory => factory.Arguments,
            _ => default,
        };
        if (arguments.IsDefaultOrEmpty || !SymbolEqualityComparer.Default.Equals(inner.Type?.OriginalDefinition, member.Property.Type.OriginalDefinition))
        {
            return false;
        }

        foreach (var argument in arguments)
        {
            if (argument.Parameter?.Type.SpecialType == SpecialType.System_String && Operations.ConstantText(argument.Value) is not null)
            {
                return true;
            }
        }

        return false;
    }
}
