using System.Text;
using CivilSociety.Scorm.Hashing;
using FluentAssertions;

namespace CivilSociety.Scorm.Tests.Hashing;

/// <summary>
/// The compiler's own SHA-256 gives the digests .NET's (OpenSSL's) does: choice identities, shuffles and answer
/// seals in packages already installed in an LMS depend on every bit of them.
/// </summary>
public sealed class Sha256Tests
{
    [Fact]
    public void Known_answer_of_FIPS_180_4()
    {
        Convert.ToHexStringLower(Sha256.HashData("abc"u8)).Should().Be("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
        Convert.ToHexStringLower(Sha256.HashData([])).Should().Be("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
    }

    [Fact]
    public void Every_length_across_block_and_padding_boundaries_matches_dotnet()
    {
        var random = new Random(23);
        for (var length = 0; length <= 300; length++)
        {
            var bytes = new byte[length];
            random.NextBytes(bytes);
            Sha256.HashData(bytes).Should().Equal(System.Security.Cryptography.SHA256.HashData(bytes), $"length {length}");
        }
    }

    [Fact]
    public void Arabic_text_and_a_destination_longer_than_the_digest()
    {
        var bytes = Encoding.UTF8.GetBytes("دور المجتمع المدني في مكافحة الاتجار بالأشخاص");
        var destination = new byte[36];
        Sha256.HashData(bytes, destination);
        destination[..32].Should().Equal(System.Security.Cryptography.SHA256.HashData(bytes));
        destination[32..].Should().Equal(0, 0, 0, 0);
    }
}
