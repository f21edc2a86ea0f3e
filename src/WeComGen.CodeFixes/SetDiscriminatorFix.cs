using System.Collections.Immutable;
using System.Composition;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Simplification;
using WeComGen.Analyzers.Diagnostics;
using static Microsoft.CodeAnalysis.CSharp.SyntaxFactory;

namespace WeComGen.CodeFixes;

/// <summary>WCG103: makes the discriminator name the payload that is set.</summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(SetDiscriminatorFix)), Shared]
public sealed class SetDiscriminatorFix : DocumentFix
{
    public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(ContractDiagnostics.DiscriminatorMismatch.Id);


    protected override async Task<SyntaxNode> FixAsync(Document document, SyntaxNode root, ImmutableArray<Diagnostic> diagnostics, CancellationToken cancellationToken)
    {
        var model = await document.GetSemanticModelAsync(cancellationToken).ConfigureAwait(false);
        var replacements = diagnostics
            .Select(d => (Node: root.FindNode(d.Location.SourceSpan, getInnermostNodeForTie: true) as ExpressionSyntax, Diagnostic: d))
            .Where(r => r.Node is not null)
            .ToDictionary(r => (SyntaxNode)r.Node!, r => r.Diagnostic);
        return root.ReplaceNodes(replacements.Keys, (original, _) =>
            Replacement((ExpressionSyntax)original, replacements[original], model, cancellationToken) ?? original);
    }

    private static ExpressionSyntax? Replacement(ExpressionSyntax value, Diagnostic diagnostic, SemanticModel? model, CancellationToken cancellationToken)
    {
        if (!diagnostic.Properties.TryGetValue(DiagnosticProperties.PayloadWireValue, out var wire) || wire is null)
        {
            return null;
        }

        if (!diagnostic.Properties.TryGetValue(DiagnosticProperties.PayloadEnumMember, out var member) || member is null)
        {
            return LiteralExpression(SyntaxKind.StringLiteralExpression, Literal(wire)).WithTriviaFrom(value);
        }

        switch (value)
        {
            case MemberAccessExpressionSyntax access:
                return access.WithName(IdentifierName(member).WithTriviaFrom(access.Name));
            case IdentifierNameSyntax:
                return IdentifierName(member).WithTriviaFrom(value);
        }

        return model?.GetTypeInfo(value, cancellationToken).ConvertedType is { } enumType
            ? MemberAccessExpression(
                    SyntaxKind.SimpleMemberAccessExpression,
                    ParseTypeName(enumType.ToDisplayString(SymbolDisplayFormat.FullyQualifiedFormat)).WithAdditionalAnnotations(Simplifier.Annotation),
                    IdentifierName(member))
                .WithTriviaFrom(value)
            : null;
    }
}
