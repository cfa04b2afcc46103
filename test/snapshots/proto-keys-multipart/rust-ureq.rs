fn main() -> Result<(), Box<dyn std::error::Error>> {
    let mut body: Vec<u8> = Vec::new();
    body.extend_from_slice("--snipforge-boundary-7MA4YWxkTrZu0gW\r\nContent-Disposition: form-data; name=\"__proto__\"\r\n\r\n".as_bytes());
    body.extend_from_slice("f1".as_bytes());
    body.extend_from_slice("\r\n--snipforge-boundary-7MA4YWxkTrZu0gW\r\nContent-Disposition: form-data; name=\"constructor\"\r\n\r\n".as_bytes());
    body.extend_from_slice("f2".as_bytes());
    body.extend_from_slice("\r\n--snipforge-boundary-7MA4YWxkTrZu0gW\r\nContent-Disposition: form-data; name=\"prototype\"\r\n\r\n".as_bytes());
    body.extend_from_slice("f3".as_bytes());
    body.extend_from_slice("\r\n--snipforge-boundary-7MA4YWxkTrZu0gW\r\nContent-Disposition: form-data; name=\"toString\"\r\n\r\n".as_bytes());
    body.extend_from_slice("f4".as_bytes());
    body.extend_from_slice("\r\n--snipforge-boundary-7MA4YWxkTrZu0gW--\r\n".as_bytes());

    let response = ureq::post("{{baseUrl}}/objects")
        .header("Content-Type", "multipart/form-data; boundary=snipforge-boundary-7MA4YWxkTrZu0gW")
        .send(&body)?;

    println!("{}", response.into_body().read_to_string()?);
    Ok(())
}
