using System;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using WeComGen.Callbacks;
using WeComGen.Client;
using WeComGen.ExternalContact;

// Answers WeCom's callbacks at /wecom/callback and health at /healthz; sends the welcome of the first customer
// added, then stops: exit code 0 when WeCom (the emulator) took it, 1 when not.
// Settings: WeCom:CorpId, WeCom:Secret, WeCom:BaseAddress, WeCom:Token, WeCom:EncodingAESKey, --urls; with
// WeCom:Redis:ConnectionString, the token, the callbacks and the welcome code are shared through Redis (WeComGen.Redis).
var builder = WebApplication.CreateSlimBuilder(args);
builder.Logging.AddFilter("Microsoft.AspNetCore", LogLevel.Warning);
var wecom = builder.Configuration.GetSection("WeCom");
builder.Services.AddWeComClient(wecom);
builder.Services.AddWeComCallbacks(callback =>
{
    callback.Token = wecom["Token"] ?? "";
    callback.EncodingAesKey = wecom["EncodingAESKey"] ?? "";
    callback.ReceiveId = wecom["CorpId"] ?? "";
});
if (wecom.GetSection("Redis")["ConnectionString"] is { Length: > 0 })
{
    builder.Services.AddWeComRedis(wecom.GetSection("Redis"));
}

builder.Services.AddHealthChecks().AddWeComHealthChecks();

var app = builder.Build();
app.MapHealthChecks("/healthz");
app.MapWeComCallback("/wecom/callback", async (context, cancellationToken) =>
{
    if (context.Event is not ExternalContactAddedEvent { WelcomeCode: { } code })
    {
        return;
    }

    var outcome = await context.Services.GetRequiredService<WeComClient>()
        .SendWelcomeMsgAsync(new SendWelcomeMsgRequest { WelcomeCode = code, Text = new Text { Content = "欢迎！" } }, cancellationToken);
    Console.WriteLine(outcome.IsSuccess ? "welcome sent" : $"welcome not sent: {outcome.Failure?.Message}");
    Environment.ExitCode = outcome.IsSuccess ? 0 : 1;
    context.Services.GetRequiredService<IHostApplicationLifetime>().StopApplication();
});
Environment.ExitCode = 1;
await app.RunAsync();
