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
using Microsoft.CodeAnalysis.Formatting;
using Microsoft.CodeAnalysis.Simplification;
using WeComGen.Analyzers.Diagnostics;
using static Microsoft.CodeAnalysis.CSharp.SyntaxFactory;

namespace WeComGen.CodeFixes;

/// <summary>
/// WCG110: adds the missing required members to the object initializer, with placeholders to fill in
/// (<c>""</c>, <c>0</c>, <c>new()</c>, ...): never <c>default!</c>, so the build keeps reporting what is still wrong.
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(AddRequiredMembersFix)), Shared]
public sealed class AddRequiredMembersFix : DocumentFix
{
    public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(ContractDiagnostics.RequiredMissing.Id);


    protected override async Task<SyntaxNode> FixAsync(Document document, SyntaxNode root, ImmutableArray<Diagnostic> diagnostics, CancellationToken cancellationToken)
    {
        var model = await document.GetSemanticModelAsync(cancellationToken).ConfigureAwait(false);
        var missing = new Dictionary<BaseObjectCreationExpressionSyntax, List<string>>();
        foreach (var diagnostic in diagnostics)
        {
            if (NodeAt<BaseObjectCreationExpressionSyntax>(root, diagnostic) is { } creation
                && diagnostic.Properties.TryGetValue(DiagnosticProperties.Member, out var member) && member is not null)
            {
                (missing.TryGetValue(creation, out var members) ? members : missing[creation] = new List<string>()).Add(member);
            }
        }

        return root.ReplaceNodes(missing.Keys, (original, rewritten) =>
            model?.GetTypeInfo(original, cancellationToken).Type is { } type
                ? AddMembers(rewritten, type, missing[original], model.Compilation)
                : rewritten);
    }

    private static BaseObjectCreationExpressionSyntax AddMembers(
        BaseObjectCreationExpressionSyntax creation, ITypeSymbol type, List<string> members, Compilation compilation)
    {
        var assignments = members.Distinct().Select(name => (ExpressionSyntax)AssignmentExpression(
            SyntaxKind.SimpleAssignmentExpression,
            IdentifierName(name),
            Placeholder(type.GetMembers(name).OfType<IPropertySymbol>().FirstOrDefault()?.Type, compilation)));
        var initializer = creation.Initializer is { } existing
            ? existing.AddExpressions(assignments.ToArray())
            : InitializerExpression(SyntaxKind.ObjectInitializerExpression, SeparatedList(assignments));
        return creation.WithInitializer(initializer.WithAdditionalAnnotations(Formatter.Annotation));
    }

    /// <summary>A value the compiler accepts and the user must replace, which the analyzers still see through.</summary>
    private static ExpressionSyntax Placeholder(ITypeSymbol? type, Compilation compilation)
    {
        if (type is INamedTypeSymbol { OriginalDefinition.SpecialType: SpecialType.System_Nullable_T } nullable)
        {
            type = nullable.TypeArguments[0];
        }

        var text = compilation.GetSpecialType(SpecialType.System_String);
        switch (type)
        {
            case null:
                return LiteralExpression(SyntaxKind.DefaultLiteralExpression);
            case { SpecialType: SpecialType.System_String }:
            case not null when compilation.ClassifyCommonConversion(text, type) is { Exists: true, IsImplicit: true }:
                return LiteralExpression(SyntaxKind.StringLiteralExpression, Literal(string.Empty));
            case { SpecialType: SpecialType.System_Boolean }:
                return LiteralExpression(SyntaxKind.FalseLiteralExpression);
            case { SpecialType: >= SpecialType.System_Char and <= SpecialType.System_Double }:
                return LiteralExpression(SyntaxKind.NumericLiteralExpression, Literal(0));
            case INamedTypeSymbol { TypeKind: TypeKind.Enum } enumType when enumType.GetMembers().OfType<IFieldSymbol>().FirstOrDefault() is { } first:
                return MemberAccessExpression(SyntaxKind.SimpleMemberAccessExpression, ParseTypeName(enumType.ToDisplayString(SymbolDisplayFormat.FullyQualifiedFormat)).WithAdditionalAnnotations(Simplifier.Annotation), IdentifierName(first.Name));
            case INamedTypeSymbol { TypeKind: TypeKind.Class or TypeKind.Struct, IsAbstract: false } named
                when named.InstanceConstructors.Any(c => c.Parameters.IsEmpty && c.DeclaredAccessibility == Accessibility.Public):
                return ImplicitObjectCreationExpression();
            default:
                return LiteralExpression(SyntaxKind.DefaultLiteralExpression);
        }
    }
}
