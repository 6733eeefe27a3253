using System.Text;

namespace Archive.Storage.Tests;

public sealed class ObjectKeyTests
{
    [Theory]
    [InlineData("văn bản/kế hoạch 32.pdf")]
    [InlineData("biên bản/2025-03-14 họp giao ban.docx")]
    [InlineData(".ẩn/a..b/c.")]
    [InlineData("quyết định: 851-QĐ/HU.pdf")]
    [InlineData("a")]
    public void A_valid_NFC_key_is_returned_unchanged(string key)
    {
        Assert.Equal(key, ObjectKey.Normalize(key));
    }

    [Fact]
    public void An_NFD_key_is_normalized_to_NFC()
    {
        const string nfc = "nghị quyết/08-2024-NQ-HĐND.pdf";
        var nfd = nfc.Normalize(NormalizationForm.FormD);
        Assert.NotEqual(nfc, nfd);

        Assert.Equal(nfc, ObjectKey.Normalize(nfd));
    }

    [Theory]
    [InlineData("")]
    [InlineData("/văn bản/a.pdf")]
    [InlineData("C:/văn bản/a.pdf")]
    [InlineData("d:a.pdf")]
    [InlineData("văn bản\\a.pdf")]
    [InlineData("văn bản//a.pdf")]
    [InlineData("văn bản/")]
    [InlineData("./a")]
    [InlineData("a/.")]
    [InlineData("a/../b")]
    [InlineData("..")]
    [InlineData("a\0b")]
    [InlineData("a\tb")]
    [InlineData("a\nb")]
    [InlineData("a\u007fb")]
    [InlineData("a\u0085b")]
    public void A_key_breaking_a_rule_is_refused_with_a_reason(string key)
    {
        var refused = Assert.Throws<InvalidObjectKeyException>(() => ObjectKey.Normalize(key));

        Assert.Equal(key, refused.Key);
        Assert.False(string.IsNullOrWhiteSpace(refused.Reason));
    }

    [Fact]
    public void A_key_with_a_lone_surrogate_is_refused()
    {
        // Built here, not in InlineData: xUnit's serialization of theory data would replace it by U+FFFD.
        var key = "văn bản/" + '\ud800' + ".pdf";

        Assert.Throws<InvalidObjectKeyException>(() => ObjectKey.Normalize(key));
    }

    [Fact]
    public void A_key_may_have_1024_UTF8_bytes_but_not_1025()
    {
        var vietnamese = string.Concat(Enumerable.Repeat("ế", 341)); // 3 bytes each: 1023 bytes
        Assert.Equal(1023, Encoding.UTF8.GetByteCount(vietnamese));

        Assert.Equal(vietnamese + "a", ObjectKey.Normalize(vietnamese + "a"));
        Assert.Throws<InvalidObjectKeyException>(() => ObjectKey.Normalize(vietnamese + "ab"));
    }

    [Fact]
    public void The_length_limit_counts_the_NFC_form()
    {
        // "ế" decomposed is three code points (e, circumflex, acute) and 5 UTF-8 bytes; composed, 3.
        var decomposed = string.Concat(Enumerable.Repeat("ế", 300)).Normalize(NormalizationForm.FormD);
        Assert.True(Encoding.UTF8.GetByteCount(decomposed) > ObjectKey.MaxUtf8Bytes);

        Assert.Equal(900, Encoding.UTF8.GetByteCount(ObjectKey.Normalize(decomposed)));
    }

    [Theory]
    [InlineData("", "")]
    [InlineData("văn bản/", "văn bản/")]
    [InlineData("văn bản/kế", "văn bản/kế")]
    public void A_listing_prefix_may_be_empty_or_end_with_a_slash(string prefix, string expected)
    {
        Assert.Equal(expected, ObjectKey.NormalizePrefix(prefix));
        Assert.Equal(expected, ObjectKey.NormalizePrefix(prefix.Normalize(NormalizationForm.FormD)));
    }

    [Theory]
    [InlineData("/")]
    [InlineData("/văn bản/")]
    [InlineData("văn bản//")]
    [InlineData("../")]
    [InlineData("a\\")]
    public void A_listing_prefix_breaking_a_rule_is_refused(string prefix)
    {
        Assert.Throws<InvalidObjectKeyException>(() => ObjectKey.NormalizePrefix(prefix));
    }
}
