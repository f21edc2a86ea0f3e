using WeComGen.Callbacks;

namespace WeComGen.AspNetCore;

/// <summary>A verified callback waiting for its handler.</summary>
internal sealed record CallbackWorkItem(WeComCallbackEvent Event, WeComCallbackHandler Handler);
