fn main() -> Result<(), Box<dyn std::error::Error>> {
    let mut body: Vec<u8> = Vec::new();
    body.extend_from_slice("--snipforge-boundary-7MA4YWxkTrZu0gW\r\nContent-Disposition: form-data; name=\"description\"\r\n\r\n".as_bytes());
    body.extend_from_slice("A text file".as_bytes());
    body.extend_from_slice("\r\n--snipforge-boundary-7MA4YWxkTrZu0gW\r\nContent-Disposition: form-data; name=\"document\"; filename=\"upload.txt\"\r\nContent-Type: text/plain\r\n\r\n".as_bytes());
    body.extend_from_slice(&std::fs::read("upload.txt")?);
    body.extend_from_slice("\r\n--snipforge-boundary-7MA4YWxkTrZu0gW\r\nContent-Disposition: form-data; name=\"after\"\r\n\r\n".as_bytes());
    body.extend_from_slice("file".as_bytes());
    body.extend_from_slice("\r\n--snipforge-boundary-7MA4YWxkTrZu0gW--\r\n".as_bytes());

    let response = ureq::post("{{baseUrl}}/upload")
        .header("Content-Type", "multipart/form-data; boundary=snipforge-boundary-7MA4YWxkTrZu0gW")
        .send(&body)?;

    println!("{}", response.into_body().read_to_string()?);
    Ok(())
}
