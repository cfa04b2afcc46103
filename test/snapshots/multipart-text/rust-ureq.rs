fn main() -> Result<(), Box<dyn std::error::Error>> {
    let mut body: Vec<u8> = Vec::new();
    body.extend_from_slice("--snipforge-boundary-7MA4YWxkTrZu0gW\r\nContent-Disposition: form-data; name=\"title\"\r\n\r\n".as_bytes());
    body.extend_from_slice("Hello".as_bytes());
    body.extend_from_slice("\r\n--snipforge-boundary-7MA4YWxkTrZu0gW\r\nContent-Disposition: form-data; name=\"bio\"\r\n\r\n".as_bytes());
    body.extend_from_slice("line 1\nline 2\r\nline 3".as_bytes());
    body.extend_from_slice("\r\n--snipforge-boundary-7MA4YWxkTrZu0gW\r\nContent-Disposition: form-data; name=\"name\"\r\n\r\n".as_bytes());
    body.extend_from_slice("Zoë 😀".as_bytes());
    body.extend_from_slice("\r\n--snipforge-boundary-7MA4YWxkTrZu0gW\r\nContent-Disposition: form-data; name=\"tag\"\r\n\r\n".as_bytes());
    body.extend_from_slice("a".as_bytes());
    body.extend_from_slice("\r\n--snipforge-boundary-7MA4YWxkTrZu0gW\r\nContent-Disposition: form-data; name=\"tag\"\r\n\r\n".as_bytes());
    body.extend_from_slice("b".as_bytes());
    body.extend_from_slice("\r\n--snipforge-boundary-7MA4YWxkTrZu0gW\r\nContent-Disposition: form-data; name=\"meta\"\r\nContent-Type: application/json\r\n\r\n".as_bytes());
    body.extend_from_slice("{\"k\":\"v\"}".as_bytes());
    body.extend_from_slice("\r\n--snipforge-boundary-7MA4YWxkTrZu0gW\r\nContent-Disposition: form-data; name=\"danger\"\r\n\r\n".as_bytes());
    body.extend_from_slice("\"; $(id) #{x} \\(y) '".as_bytes());
    body.extend_from_slice("\r\n--snipforge-boundary-7MA4YWxkTrZu0gW--\r\n".as_bytes());

    let response = ureq::post("{{baseUrl}}/upload")
        .header("Content-Type", "multipart/form-data; boundary=snipforge-boundary-7MA4YWxkTrZu0gW")
        .send(&body)?;

    println!("{}", response.into_body().read_to_string()?);
    Ok(())
}
