using System;
using System.Collections.Generic;
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

/// <summary>
/// WCG112: removes the member the server ignores because the preferred one is set: its assignment in an
/// initializer, or its argument to a factory (a positional argument with others after it becomes <c>default</c>,
/// so the ones after keep their places).
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(RemoveIgnoredMemberFix)), Shared]
public sealed class RemoveIgnoredMemberFix : DocumentFix
{
    public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(ContractDiagnostics.IgnoredMember.Id);


    protected override Task<SyntaxNode> FixAsync(Document document, SyntaxNode root, ImmutableArray<Diagnostic> diagnostics, CancellationToken cancellationToken)
    {
        var byInitializer = Indices<AssignmentExpressionSyntax, InitializerExpressionSyntax>(root, diagnostics, (list, node) => list.Expressions.IndexOf(node));
        var byArguments = Indices<ArgumentSyntax, ArgumentListSyntax>(root, diagnostics, (list, node) => list.Arguments.IndexOf(node));
        return Task.FromResult(root.ReplaceNodes(
            byInitializer.Keys.Concat<SyntaxNode>(byArguments.Keys),
            (original, rewritten) => original switch
            {
                InitializerExpressionSyntax initializer => byInitializer[initializer].Aggregate((InitializerExpressionSyntax)rewritten, RemoveAt),
                ArgumentListSyntax arguments => byArguments[arguments].Aggregate((ArgumentListSyntax)rewritten, RemoveAt),
                _ => rewritten,
            }));
    }

    /// <summary>For each list holding a flagged element, the elements' indices, last first.</summary>
    private static Dictionary<TList, List<int>> Indices<TElement, TList>(SyntaxNode root, ImmutableArray<Diagnostic> diagnostics, Func<TList, TElement, int> indexOf)
        where TElement : SyntaxNode
        where TList : SyntaxNode =>
        diagnostics
            .Select(d => NodeAt<TElement>(root, d))
            .Where(node => node?.Parent is TList)
            .GroupBy(node => (TList)node!.Parent!)
            .ToDictionary(g => g.Key, g => g.Select(node => indexOf(g.Key, node!)).Distinct().OrderByDescending(i => i).ToList());

    private static ArgumentListSyntax RemoveAt(ArgumentListSyntax list, int index)
    {
        var argument = list.Arguments[index];
        return argument.NameColon is null && index < list.Arguments.Count - 1
            ? list.ReplaceNode(argument.Expression, SyntaxFactory.LiteralExpression(SyntaxKind.DefaultLiteralExpression).WithTriviaFrom(argument.Expression))
            : list.WithArguments(list.Arguments.RemoveAt(index));
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
