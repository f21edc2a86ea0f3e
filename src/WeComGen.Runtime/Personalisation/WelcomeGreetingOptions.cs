using System;

namespace WeComGen.Personalisation;

/// <summary>What a welcome says, and how long it may wait to learn the customer's name.</summary>
public sealed class WelcomeGreetingOptions
{
    /// <summary>The personalised greeting (<see cref="GreetingTemplate"/>: <c>{name}</c>, <c>{state}</c>, <c>{member}</c>).</summary>
    public string Template { get; set; } = "{name}，您好！欢迎添加，有任何问题随时找我。";

    /// <summary>The greeting when the name is not known in time; it may use <c>{state}</c> and <c>{member}</c>, not <c>{name}</c>.</summary>
    public string PlainGreeting { get; set; } = "您好，欢迎添加！有任何问题随时找我。";

    /// <summary>
    /// How long the customer lookup may take out of the welcome code's 20 seconds; past it the plain greeting goes
    /// out. Between zero and a few seconds: the send, its retries and any re-upload need the rest of the window.
    /// </summary>
    public TimeSpan LookupBudget { get; set; } = TimeSpan.FromSeconds(3);
}
