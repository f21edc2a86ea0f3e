using System;
#if NET8_0_OR_GREATER
using System.Diagnostics.CodeAnalysis;
#endif
using System.Reflection;

namespace WeComGen.Metadata;

/// <summary>Reads a limit from a generated type's constraint metadata, so code that must respect it never repeats the number.</summary>
public static class ContractLimits
{
    /// <summary>
    /// The UTF-8 byte limit of <paramref name="member"/> on <paramref name="type"/> (its <see cref="ContractMaxUtf8BytesAttribute"/>),
    /// e.g. <c>ContractLimits.MaxUtf8Bytes(typeof(Text), nameof(Text.Content))</c>.
    /// </summary>
    /// <exception cref="ArgumentException">The member does not exist or carries no byte limit.</exception>
    public static int MaxUtf8Bytes(
#if NET8_0_OR_GREATER
        [DynamicallyAccessedMembers(DynamicallyAccessedMemberTypes.PublicProperties)]
#endif
        Type type,
        string member)
    {
        if (type is null)
        {
            throw new ArgumentNullException(nameof(type));
        }

        var property = type.GetProperty(member ?? throw new ArgumentNullException(nameof(member)), BindingFlags.Public | BindingFlags.Instance)
            ?? throw new ArgumentException($"{type.Name} has no public property {member}.", nameof(member));
        return property.GetCustomAttribute<ContractMaxUtf8BytesAttribute>()?.Limit
            ?? throw new ArgumentException($"{type.Name}.{member} has no UTF-8 byte limit in its contract.", nameof(member));
    }
}
