using System.Collections.Immutable;
using System.Composition;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using WeComGen.Analyzers.Diagnostics;

namespace WeComGen.CodeFixes;

/// <summary>WCG112: removes the member the server ignores because the preferred one is set.</summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(RemoveIgnoredMemberFix)), Shared]
public sealed class RemoveIgnoredMemberFix : DocumentFix
{
    public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(ContractDiagnostics.IgnoredMember.Id);

    protected override string Title => "Remove the ignored member";

    protected override Task<SyntaxNode> FixAsync(Document document, SyntaxNode root, ImmutableArray<Diagnostic> diagnostics, CancellationToken cancellationToken)
    {
        var byInitializer = diagnostics
            .Select(d => NodeAt<AssignmentExpressionSyntax>(root, d))
            .Where(a => a?.Parent is InitializerExpressionSyntax)
            .GroupBy(a => (InitializerExpressionSyntax)a!.Parent!)
            .ToDictionary(g => g.Key, g => g.Select(a => g.Key.Expressions.IndexOf(a!)).Distinct().OrderByDescending(i => i).ToList());
        return Task.FromResult(root.ReplaceNodes(byInitializer.Keys, (original, rewritten) =>
            byInitializer[original].Aggregate(rewritten, RemoveAt)));
    }

    /// <summary>
    /// Removes one element with one separator, keeping the layout: the next element takes the removed one's
    /// leading trivia; a last element hands its trailing trivia to the one before.
    /// </summary>
    private static InitializerExpressionSyntax RemoveAt(InitializerExpressionSyntax initializer, int index)
    {
        var expressions = initializer.Expressions;
        var removed = expressions[index];
        var elements = expressions.ToList();
        var separators = expressions.GetSeparators().ToList();
        elements.RemoveAt(index);
        if (index < separators.Count)
        {
            separators.RemoveAt(index);
            if (index < elements.Count)
            {
                elements[index] = elements[index].WithLeadingTrivia(removed.GetLeadingTrivia());
            }
        }
        else if (index > 0)
        {
            separators.RemoveAt(index - 1);
            elements[index - 1] = elements[index - 1].WithTrailingTrivia(removed.GetTrailingTrivia());
        }

        return initializer.WithExpressions(SyntaxFactory.SeparatedList(elements, separators));
    }
}
