fn main() -> Result<(), Box<dyn std::error::Error>> {
    let mut body: Vec<u8> = Vec::new();
    body.extend_from_slice("--snipforge-boundary-7MA4YWxkTrZu0gW\r\nContent-Disposition: form-data; name=\"name\"\r\n\r\n".as_bytes());
    body.extend_from_slice("Ada".as_bytes());
    body.extend_from_slice("\r\n--snipforge-boundary-7MA4YWxkTrZu0gW\r\nContent-Disposition: form-data; name=\"tag\"\r\n\r\n".as_bytes());
    body.extend_from_slice("a".as_bytes());
    body.extend_from_slice("\r\n--snipforge-boundary-7MA4YWxkTrZu0gW\r\nContent-Disposition: form-data; name=\"tag\"\r\n\r\n".as_bytes());
    body.extend_from_slice("b".as_bytes());
    body.extend_from_slice("\r\n--snipforge-boundary-7MA4YWxkTrZu0gW\r\nContent-Disposition: form-data; name=\"avatar\"; filename=\"upload.txt\"\r\nContent-Type: text/plain\r\n\r\n".as_bytes());
    body.extend_from_slice(&std::fs::read("upload.txt")?);
    body.extend_from_slice("\r\n--snipforge-boundary-7MA4YWxkTrZu0gW--\r\n".as_bytes());

    let response = ureq::put("{{baseUrl}}/profile")
        .header("X-Request-Id", "42")
        .header("Content-Type", "multipart/form-data; boundary=snipforge-boundary-7MA4YWxkTrZu0gW")
        .send(&body)?;

    println!("{}", response.into_body().read_to_string()?);
    Ok(())
}
