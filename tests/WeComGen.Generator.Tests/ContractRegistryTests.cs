using System.Runtime.CompilerServices;
using WeComGen.Endpoints;
using WeComGen.ExternalContact;
using WeComGen.Generator.Tests.Infrastructure;

namespace WeComGen.Generator.Tests;

/// <summary>
/// Generated endpoints tell the runtime's registry the facts of their credentials when their assembly is first used,
/// so code compiled without them (the callback side) can ask how long an event's code stays valid.
/// </summary>
public class ContractRegistryTests
{
    [Fact]
    public void This_assemblys_generated_contract_registered_the_welcome_codes_validity()
    {
        _ = ExternalContactEndpoints.SendWelcomeMsg;
        Assert.Equal(TimeSpan.FromSeconds(20), ContractRegistry.CredentialValidity("add_external_contact"));
        Assert.Contains(new CredentialFacts("ExternalContact", "SendWelcomeMsg", "add_external_contact", TimeSpan.FromSeconds(20), SingleUse: true), ContractRegistry.Credentials);
    }

    [Fact]
    public void Two_generated_contracts_register_their_own_issuers_and_validities()
    {
        Load(Contract("RegistryA", "registry_test_a event (Code)", 7));
        Load(Contract("RegistryB", "registry_test_b", 9));

        Assert.Equal(TimeSpan.FromSeconds(7), ContractRegistry.CredentialValidity("registry_test_a"));
        Assert.Equal(TimeSpan.FromSeconds(9), ContractRegistry.CredentialValidity("registry_test_b"));
        Assert.Null(ContractRegistry.CredentialValidity("registry_test_a event (Code)"));
    }

    [Fact]
    public void Registering_the_same_facts_twice_keeps_them_once()
    {
        var facts = new CredentialFacts("Twice", "Call", "registry_test_twice", TimeSpan.FromSeconds(5), SingleUse: false);
        ContractRegistry.Register(facts);
        ContractRegistry.Register(facts with { });

        Assert.Single(ContractRegistry.Credentials, f => f.Issuer == "registry_test_twice");
    }

    [Fact]
    public void When_contracts_disagree_about_an_issuer_the_shortest_validity_wins()
    {
        ContractRegistry.Register(new CredentialFacts("Long", "Call", "registry_test_conflict", TimeSpan.FromSeconds(30), SingleUse: true));
        ContractRegistry.Register(new CredentialFacts("Short", "Call", "registry_test_conflict", TimeSpan.FromSeconds(10), SingleUse: true));

        Assert.Equal(TimeSpan.FromSeconds(10), ContractRegistry.CredentialValidity("registry_test_conflict"));
        Assert.Equal(2, ContractRegistry.Credentials.Count(f => f.Issuer == "registry_test_conflict"));
    }

    [Fact]
    public void Registering_is_safe_from_many_threads()
    {
        Parallel.For(0, 64, i => ContractRegistry.Register(new CredentialFacts("Parallel", "Call" + (i % 8), "registry_test_parallel", TimeSpan.FromSeconds(3), SingleUse: true)));

        Assert.Equal(8, ContractRegistry.Credentials.Count(f => f.Issuer == "registry_test_parallel"));
    }

    [Fact]
    public void A_null_registration_is_refused()
    {
        Assert.Throws<ArgumentNullException>(() => ContractRegistry.Register(null!));
    }

    [Fact]
    public void The_descriptor_carries_the_base_address_and_the_code_names_the_generators_version()
    {
        Assert.Equal(new Uri("https://qyapi.weixin.qq.com"), ExternalContactEndpoints.SendWelcomeMsg.BaseAddress);
        var version = typeof(WeComGenGenerator).Assembly.GetName().Version!.ToString(3);
        var attribute = typeof(ExternalContactEndpoints).GetCustomAttributes(typeof(System.CodeDom.Compiler.GeneratedCodeAttribute), false).Cast<System.CodeDom.Compiler.GeneratedCodeAttribute>().Single();
        Assert.Equal(("WeComGen.Generator", version), (attribute.Tool, attribute.Version));
    }

    private static string Contract(string name, string issuedBy, int seconds)
    {
        var schema = SchemaEdits.Replace("\"x-wecom-namespace\": \"WeComGen.ExternalContact\"", $"\"x-wecom-namespace\": \"Contoso.{name}\"");
        schema = SchemaEdits.Replace(schema, "\"x-wecom-contract\": \"ExternalContact\"", $"\"x-wecom-contract\": \"{name}\"");
        schema = SchemaEdits.Replace(schema, "\"issuedBy\": \"add_external_contact event (WelcomeCode)\"", $"\"issuedBy\": \"{issuedBy}\"");
        return SchemaEdits.Replace(schema, "\"validitySeconds\": 20", $"\"validitySeconds\": {seconds}");
    }

    private static void Load(string schema)
    {
        var assembly = GeneratedAssembly.Compile(GeneratorHarness.Run(schema)).Assembly;
        RuntimeHelpers.RunModuleConstructor(assembly.ManifestModule.ModuleHandle);
    }
}
