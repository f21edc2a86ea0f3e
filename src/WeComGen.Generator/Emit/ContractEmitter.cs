using System.Collections.Generic;
using WeComGen.Generator.Model;

namespace WeComGen.Generator.Emit;

/// <summary>Every file one schema generates, in a fixed order.</summary>
internal static class ContractEmitter
{
    /// <param name="contract">The contract.</param>
    /// <param name="emitRequired">Whether members the schema requires are C# <c>required</c> members.</param>
    /// <param name="asyncStreams">Whether <c>IAsyncEnumerable</c> exists, so a paged endpoint gets a <c>{Endpoint}PagesAsync</c> stream.</param>
    public static List<GeneratedFile> Emit(ContractModel contract, bool emitRequired, bool asyncStreams = true)
    {
        var files = new List<GeneratedFile>();
        var objects = new Dictionary<string, ObjectTypeModel>();
        foreach (var type in contract.Objects)
        {
            objects.Add(type.Name, type);
        }

        foreach (var type in contract.Enums)
        {
            files.Add(EnumEmitter.Emit(contract, type));
        }

        foreach (var type in contract.ErrorCodes)
        {
            files.Add(ErrorCodeEmitter.Emit(contract, type));
        }

        foreach (var type in contract.Objects)
        {
            files.Add(ObjectTypeEmitter.Emit(contract, type, emitRequired));
            files.Add(ValidatorEmitter.Emit(contract, type));
            if (type.Union is { } union)
            {
                files.Add(UnionFactoryEmitter.Emit(contract, type, union, objects));
            }
        }

        files.Add(JsonContextEmitter.Emit(contract));
        if (!contract.Endpoints.IsEmpty)
        {
            files.Add(EndpointsEmitter.Emit(contract));
            files.Add(ClientExtensionsEmitter.Emit(contract, objects, asyncStreams));
        }

        return files;
    }
}
