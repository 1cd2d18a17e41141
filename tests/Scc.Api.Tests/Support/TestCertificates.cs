using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;

namespace Scc.Api.Tests.Support;

/// <summary>A throw-away certificate (PKCS#12 file and its password) that encrypts the data protection keys in the tests.</summary>
public static class TestCertificates
{
    private static readonly Lazy<(string Path, string Password)> DataProtectionFile = new(Create);

    public static string DataProtectionPath => DataProtectionFile.Value.Path;

    public static string DataProtectionPassword => DataProtectionFile.Value.Password;

    private static (string Path, string Password) Create()
    {
        using var rsa = RSA.Create(2048);
        var request = new CertificateRequest("CN=scc-test-data-protection", rsa, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        using var certificate = request.CreateSelfSigned(DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow.AddYears(1));
        var password = Convert.ToHexString(RandomNumberGenerator.GetBytes(16));
        var path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), $"scc-test-data-protection-{Environment.ProcessId}.pfx");
        File.WriteAllBytes(path, certificate.Export(X509ContentType.Pfx, password));
        return (path, password);
    }
}
