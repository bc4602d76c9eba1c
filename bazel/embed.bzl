"""embed_text: a data file compiled into the binary as one C string."""

def embed_text(name, src, symbol, delimiter = "DATA"):
    """Writes `name`.cc defining `const char wirecheck::<symbol>[]`.

    The file's bytes become a raw string literal, so the binary runs without
    the data directory; `delimiter` must not occur in the file as `)DELIM"`.
    """
    native.genrule(
        name = name,
        srcs = [src],
        outs = [name + ".cc"],
        cmd = ("(echo 'namespace wirecheck {'; " +
               "echo 'extern const char " + symbol + "[];'; " +
               "echo 'const char " + symbol + "[] = R\"" + delimiter + "('; " +
               "cat $<; echo ')" + delimiter + "\";'; echo '}') > $@"),
    )

def embed_bytes(name, src, symbol):
    """Writes `name`.cc defining `const unsigned char wirecheck::<symbol>[]`
    and `const size_t wirecheck::<symbol>Size`: a binary file compiled in."""
    native.genrule(
        name = name,
        srcs = [src],
        outs = [name + ".cc"],
        cmd = ("(echo '#include <cstddef>'; echo 'namespace wirecheck {'; " +
               "echo 'extern const unsigned char " + symbol + "[];'; " +
               "echo 'extern const size_t " + symbol + "Size;'; " +
               "echo 'const unsigned char " + symbol + "[] = {'; " +
               "od -An -v -tx1 $< | sed 's/ *\\([0-9a-f][0-9a-f]\\)/0x\\1,/g'; " +
               "echo '};'; " +
               "echo 'const size_t " + symbol + "Size = sizeof(" + symbol +
               ");'; echo '}') > $@"),
    )
