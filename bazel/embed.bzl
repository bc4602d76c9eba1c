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
