using WeComGen.ExternalContact;

namespace Contracts;

/// <summary>Builds the contract's types in the library that generates them.</summary>
public static class Greetings
{
    public static Text Hello() => new() { Content = "你好" };
}
