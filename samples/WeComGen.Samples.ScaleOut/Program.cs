using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using WeComGen.AspNetCore;
using WeComGen.Callbacks;
using WeComGen.Client;
using WeComGen.ExternalContact;

// One instance of a welcome bot among several behind one callback URL. Configuration (appsettings, environment or
// command line): WeCom:CorpId, WeCom:Secret, WeCom:BaseAddress, WeCom:Token, WeCom:EncodingAESKey, Redis:ConnectionString.
//   dotnet run --project samples/WeComGen.Samples.ScaleOut -- --urls http://127.0.0.1:8081 --WeCom:CorpId ... --Redis:ConnectionString 127.0.0.1:6379
var builder = WebApplication.CreateSlimBuilder(args);
builder.Logging.AddFilter("Microsoft.AspNetCore", LogLevel.Warning);
var wecom = builder.Configuration.GetSection("WeCom");
builder.Services.AddWeComCallbacks(callback =>
{
    callback.Token = wecom["Token"] ?? "";
    callback.EncodingAesKey = wecom["EncodingAESKey"] ?? "";
    callback.ReceiveId = wecom["CorpId"] ?? ""; // a self-built app's callbacks are encrypted for the corp
});
builder.Services.AddWeComClient(wecom);
builder.Services.AddWeComRedis(builder.Configuration.GetSection("Redis")); // the one line that makes the instances one bot

var app = builder.Build();
app.MapWeComCallback("/wecom/callback", async (context, cancellationToken) =>
{
    if (context.Event is not ExternalContactAddedEvent { WelcomeCode: { } code })
    {
        return;
    }

    var client = context.Services.GetRequiredService<WeComClient>();
    var outcome = await client.SendWelcomeMsgAsync(new SendWelcomeMsgRequest { WelcomeCode = code, Text = new Text { Content = "欢迎！" } }, cancellationToken);
    if (!outcome.IsSuccess)
    {
        context.Services.GetRequiredService<ILogger<WeComClient>>().LogWarning("The welcome was not sent: {Failure}", outcome.Failure?.Message);
    }
});
await app.RunAsync();
