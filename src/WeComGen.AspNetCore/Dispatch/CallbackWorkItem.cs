using System;
using WeComGen.Callbacks;

namespace WeComGen.AspNetCore;

/// <summary>A verified callback waiting for its handler, which must be done by <paramref name="Deadline"/>.</summary>
internal sealed record CallbackWorkItem(WeComCallbackEvent Event, WeComCallbackHandler Handler, DateTimeOffset Deadline);
