using System.Collections.Generic;
using WeComGen.Generator.Model;

namespace WeComGen.Generator.Emit;

/// <summary>
/// The names of the serializer context's members. Most derive from the schema's type, property and enum member names,
/// so two of them can coincide; <see cref="Clashes"/> finds where, before anything is emitted.
/// </summary>
internal static class JsonContextNames
{
    /// <summary>Members the context has whatever the schema: its own, its helpers', and those it inherits.</summary>
    public static readonly string[] Fixed =
    [
        "Default", "Options", "GeneratedSerializerOptions", "GetTypeInfo", "s_wireEncoder",
        "ItemReader", "ReadList", "ReadString", "ReadInt32", "ReadInt64", "ReadInt32OrString", "ReadInt64OrString", "ReadDouble", "ReadBoolean", "ReadEventCode", "At", "WrongToken", "Missing",
        "Equals", "GetHashCode", "GetType", "ToString", "MemberwiseClone", "Finalize", "ReferenceEquals",
    ];

    public static string TypeInfoField(string type) => "_" + type;

    public static string Converter(string type) => type + "Converter";

    public static string Read(string type) => "Read" + type;

    public static string Write(string type) => "Write" + type;

    public static string WriteMembers(string type) => "Write" + type + "Members";

    public static string WireValueOf(string enumName) => "WireValueOf" + enumName;

    public static string NameField(ObjectTypeModel type, PropertyModel property) => "s_" + type.Name + "_" + property.CSharpName;

    public static string WireValueField(string enumName, EnumMemberModel member) => "s_" + enumName + "_" + member.Name + "_Value";

    /// <summary>Each member name that two things would declare, with the type that declares the later one.</summary>
    public static List<(string Member, string Type)> Clashes(IEnumerable<ObjectTypeModel> objects, IEnumerable<EnumTypeModel> enums, IEnumerable<ErrorCodeTypeModel> errorCodes)
    {
        var claimed = new HashSet<string>(Fixed);
        var clashes = new List<(string, string)>();
        void Claim(string member, string type)
        {
            if (!claimed.Add(member))
            {
                clashes.Add((member, type));
            }
        }

        foreach (var type in objects)
        {
            Claim(type.Name, type.Name);
            Claim(TypeInfoField(type.Name), type.Name);
            Claim(Converter(type.Name), type.Name);
            Claim(Read(type.Name), type.Name);
            Claim(Write(type.Name), type.Name);
            Claim(WriteMembers(type.Name), type.Name);
            foreach (var property in type.Properties)
            {
                Claim(NameField(type, property), type.Name);
            }
        }

        foreach (var type in enums)
        {
            Claim(Read(type.Name), type.Name);
            if (type.IsInteger)
            {
                continue;
            }

            Claim(WireValueOf(type.Name), type.Name);
            foreach (var member in type.Members)
            {
                Claim(WireValueField(type.Name, member), type.Name);
            }
        }

        foreach (var type in errorCodes)
        {
            Claim(Read(type.Name), type.Name);
        }

        return clashes;
    }
}
