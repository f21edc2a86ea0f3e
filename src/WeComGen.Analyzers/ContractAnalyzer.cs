using System;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;
using WeComGen.Analyzers.Diagnostics;
using WeComGen.Analyzers.Metadata;
using WeComGen.Analyzers.Rules;
using WeComGen.Analyzers.Values;

namespace WeComGen.Analyzers;

/// <summary>
/// Reports contract mistakes in code that builds requests, from the constraint metadata on the types alone.
/// A compilation that does not reference the metadata registers nothing.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class ContractAnalyzer : DiagnosticAnalyzer
{
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(
        ContractDiagnostics.TooManyItems,
        ContractDiagnostics.TooFewItems,
        ContractDiagnostics.DiscriminatorMismatch,
        ContractDiagnostics.VariantMissing,
        ContractDiagnostics.SeveralVariants,
        ContractDiagnostics.UnknownVariant,
        ContractDiagnostics.TooManyUtf8Bytes,
        ContractDiagnostics.TooLong,
        ContractDiagnostics.TooShort,
        ContractDiagnostics.RequiredMissing,
        ContractDiagnostics.NoneOfGroup,
        ContractDiagnostics.IgnoredMember,
        ContractDiagnostics.ConstantCredential,
        ContractDiagnostics.HintMismatch,
        ContractDiagnostics.PatternMismatch);

    public override void Initialize(AnalysisContext context)
    {
        context.EnableConcurrentExecution();
        // Generated code is skipped by the rules themselves (IsGeneratedCode), not by the driver: with
        // GeneratedCodeAnalysisFlags.None the driver checks every reported diagnostic for [GeneratedCode] symbols,
        // binding the declarations of the whole file it is in, which cost more than all the rules together.
        // The rules report only inside the code they were called for, so the filter would never drop anything.
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.Analyze | GeneratedCodeAnalysisFlags.ReportDiagnostics);
        context.RegisterCompilationStartAction(start =>
        {
            if (ContractSymbols.TryCreate(start.Compilation) is not { } symbols)
            {
                return;
            }

            var catalog = new ContractCatalog(symbols);
            start.RegisterOperationAction(InWrittenCode(OnAssignment, catalog), OperationKind.SimpleAssignment);
            start.RegisterOperationAction(InWrittenCode(OnCreation, catalog), OperationKind.ObjectCreation);
            start.RegisterOperationAction(InWrittenCode(OnInvocation, catalog), OperationKind.Invocation);
        });
    }

    private static Action<OperationAnalysisContext> InWrittenCode(Action<OperationAnalysisContext, ContractCatalog> rule, ContractCatalog catalog) =>
        context =>
        {
            if (!context.IsGeneratedCode)
            {
                rule(context, catalog);
            }
        };

    private static void OnAssignment(OperationAnalysisContext context, ContractCatalog catalog)
    {
        var assignment = (ISimpleAssignmentOperation)context.Operation;
        if (assignment.Target is IPropertyReferenceOperation target && catalog.Member(target.Property) is { ConstrainsValue: true } member)
        {
            ValueRules.Check(member, assignment.Value, context);
        }
    }

    private static void OnCreation(OperationAnalysisContext context, ContractCatalog catalog)
    {
        var creation = (IObjectCreationOperation)context.Operation;
        if (!creation.Arguments.IsEmpty && creation.Constructor is { } constructor)
        {
            CheckArguments(catalog.Parameters(constructor), creation.Arguments, context);
        }

        var contract = catalog.Type(creation.Type);
        if (contract.ConstrainsObject)
        {
            ObjectRules.Check(new CreatedObject(creation), contract, catalog, creation.Type!.Name, context);
        }
    }

    private static void OnInvocation(OperationAnalysisContext context, ContractCatalog catalog)
    {
        var invocation = (IInvocationOperation)context.Operation;
        if (invocation.TargetMethod.IsStatic && !invocation.Arguments.IsEmpty)
        {
            var parameters = catalog.Parameters(invocation.TargetMethod);
            CheckArguments(parameters, invocation.Arguments, context);
            CheckFactoryGroups(invocation, parameters, catalog, context);
        }
        else if (StraightLine.IsAddCall(invocation))
        {
            CheckAdd(invocation, catalog, context);
        }
    }

    private static void CheckArguments(ImmutableArray<MemberContract?> parameters, ImmutableArray<IArgumentOperation> arguments, in OperationAnalysisContext context)
    {
        if (parameters.IsEmpty)
        {
            return;
        }

        foreach (var argument in arguments)
        {
            if (argument.Parameter is { Ordinal: var ordinal } && ordinal < parameters.Length
                && parameters[ordinal] is { ConstrainsValue: true } member && !argument.IsImplicit)
            {
                ValueRules.Check(member, argument.Value, context);
            }
        }
    }

    /// <summary>
    /// The at-least-one groups of the objects a factory's parameters fill (<c>Attachment.CreateImage()</c> sets
    /// neither media_id nor pic_url): each type whose members the parameters stand for, once.
    /// </summary>
    private static void CheckFactoryGroups(IInvocationOperation invocation, ImmutableArray<MemberContract?> parameters, ContractCatalog catalog, in OperationAnalysisContext context)
    {
        FactoryArguments? arguments = null;
        for (var i = 0; i < parameters.Length; i++)
        {
            if (parameters[i]?.Property.ContainingType is not { } type || StandsForEarlier(parameters, i, type))
            {
                continue;
            }

            var contract = catalog.Type(type);
            if (!contract.Groups.IsEmpty)
            {
                arguments ??= new FactoryArguments(invocation, parameters);
                ObjectRules.CheckGroups(arguments, contract, type.Name, context);
            }
        }
    }

    private static bool StandsForEarlier(ImmutableArray<MemberContract?> parameters, int index, INamedTypeSymbol type)
    {
        for (var i = 0; i < index; i++)
        {
            if (SymbolEqualityComparer.Default.Equals(parameters[i]?.Property.ContainingType, type))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary><c>request.Items.Add(x);</c> in straight-line code: the first call that goes past the limit is reported.</summary>
    private static void CheckAdd(IInvocationOperation invocation, ContractCatalog catalog, in OperationAnalysisContext context)
    {
        if (Operations.Unwrap(invocation.Instance!) is not IPropertyReferenceOperation { Instance: ILocalReferenceOperation owner } property
            || catalog.Member(property.Property) is not { MaxItems: { } max } member
            || invocation.Parent is not IExpressionStatementOperation
            || StraightLine.SizeBefore(new Storage(owner.Local, property.Property), invocation) is not { } before
            || before != max)
        {
            return;
        }

        ValueRules.CheckCount(member, before + 1, invocation.Syntax, context);
    }
}
