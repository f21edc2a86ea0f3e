using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;

namespace WeComGen.CodeFixes;

/// <summary>
/// A fix that rewrites one document for any number of its diagnostics at once: the same code serves a single
/// fix and fix-all, so fixing everything is exactly fixing each. Its title is CodeFixTitles.resx's entry named after
/// the fix's class, in the IDE's language.
/// </summary>
public abstract class DocumentFix : CodeFixProvider
{
    /// <summary>The title the IDE shows, in its UI culture (CodeFixTitles.zh-Hans.resx under zh-Hans).</summary>
    public string Title => CodeFixTitles.For(GetType());

    /// <summary>The document's new root with every one of <paramref name="diagnostics"/> fixed.</summary>
    protected abstract Task<SyntaxNode> FixAsync(Document document, SyntaxNode root, ImmutableArray<Diagnostic> diagnostics, CancellationToken cancellationToken);

    public sealed override FixAllProvider GetFixAllProvider() => new FixAll(this);

    public sealed override Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        foreach (var diagnostic in context.Diagnostics)
        {
            context.RegisterCodeFix(
                CodeAction.Create(Title, ct => ApplyAsync(context.Document, ImmutableArray.Create(diagnostic), ct), equivalenceKey: GetType().Name),
                diagnostic);
        }

        return Task.CompletedTask;
    }

    private async Task<Document> ApplyAsync(Document document, ImmutableArray<Diagnostic> diagnostics, CancellationToken cancellationToken)
    {
        var root = await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false);
        return root is null ? document : document.WithSyntaxRoot(await FixAsync(document, root, diagnostics, cancellationToken).ConfigureAwait(false));
    }

    private sealed class FixAll(DocumentFix fix) : DocumentBasedFixAllProvider
    {
        protected override async Task<Document?> FixAllAsync(FixAllContext context, Document document, ImmutableArray<Diagnostic> diagnostics) =>
            diagnostics.IsEmpty ? null : await fix.ApplyAsync(document, diagnostics, context.CancellationToken).ConfigureAwait(false);
    }

    /// <summary>The innermost node of type <typeparamref name="T"/> that covers the diagnostic's span.</summary>
    protected static T? NodeAt<T>(SyntaxNode root, Diagnostic diagnostic)
        where T : SyntaxNode =>
        root.FindNode(diagnostic.Location.SourceSpan, getInnermostNodeForTie: true).AncestorsAndSelf().OfType<T>().FirstOrDefault();
}
