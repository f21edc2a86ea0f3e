using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Unicode;
using BenchmarkDotNet.Attributes;
using Newtonsoft.Json;
using WeComGen.ExternalContact;

namespace WeComGen.Client.Benchmarks;

/// <summary>Serializing the page's example request to UTF-8 JSON, as a client sends it.</summary>
[MemoryDiagnoser]
public class SerializationBenchmarks
{
    // Every contender writes the same bytes: nulls left out, Chinese as UTF-8 (as the generated context does).
    private static readonly JsonSerializerOptions Reflection = new()
    {
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        Encoder = JavaScriptEncoder.Create(UnicodeRanges.All),
    };
    private static readonly JsonSerializerSettings Newtonsoft = new() { NullValueHandling = NullValueHandling.Ignore };

    private readonly SendWelcomeMsgRequest _generated = PageExample.Generated();
    private readonly PocoRequest _poco = PageExample.Poco();

    /// <summary>A comparison is only fair at equal output: refuse to measure if any contender writes other bytes.</summary>
    [GlobalSetup]
    public void CheckEqualOutput()
    {
        var expected = Encoding.UTF8.GetString(Generated());
        foreach (var (name, actual) in new[] { ("reflection System.Text.Json", ReflectionStj()), ("Newtonsoft.Json", NewtonsoftJson()) })
        {
            if (Encoding.UTF8.GetString(actual) != expected)
            {
                throw new InvalidOperationException($"{name} writes other bytes than the generated context:\n{Encoding.UTF8.GetString(actual)}\n{expected}");
            }
        }
    }

    [Benchmark(Baseline = true, Description = "Generated context")]
    public byte[] Generated() => System.Text.Json.JsonSerializer.SerializeToUtf8Bytes(_generated, ExternalContactJsonContext.Default.SendWelcomeMsgRequest);

    [Benchmark(Description = "System.Text.Json, reflection")]
    public byte[] ReflectionStj() => System.Text.Json.JsonSerializer.SerializeToUtf8Bytes(_poco, Reflection);

    [Benchmark(Description = "Newtonsoft.Json")]
    public byte[] NewtonsoftJson() => Encoding.UTF8.GetBytes(JsonConvert.SerializeObject(_poco, Newtonsoft));
}
