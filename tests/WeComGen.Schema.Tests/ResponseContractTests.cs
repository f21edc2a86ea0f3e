namespace WeComGen.Schema.Tests;

public class ResponseContractTests
{
    [Theory]
    [InlineData(PageExample.Response)]
    [InlineData("""{ "errcode": 41051, "errmsg": "externaluser has started chatting" }""")]
    [InlineData("""{ "errcode": 99999, "errmsg": "a code the table does not list" }""")]
    public void Responses_as_the_server_sends_them_are_accepted(string json) =>
        Assert.True(SchemaFile.Evaluate(SchemaFile.Response, json).IsValid);

    [Theory]
    [InlineData("""{ "errmsg": "ok" }""")]
    [InlineData("""{ "errcode": "0", "errmsg": "ok" }""")]
    public void Responses_without_an_integer_errcode_are_rejected(string json) =>
        Assert.False(SchemaFile.Evaluate(SchemaFile.Response, json).IsValid);
}
