fn main() -> Result<(), Box<dyn std::error::Error>> {
    let mut body: Vec<u8> = Vec::new();
    body.extend_from_slice("--snipforge-boundary-7MA4YWxkTrZu0gW\r\nContent-Disposition: form-data; name=\"say %22hi%22\"\r\n\r\n".as_bytes());
    body.extend_from_slice("one".as_bytes());
    body.extend_from_slice("\r\n--snipforge-boundary-7MA4YWxkTrZu0gW\r\nContent-Disposition: form-data; name=\"a\\\\b%22c%22\"\r\n\r\n".as_bytes());
    body.extend_from_slice("two".as_bytes());
    body.extend_from_slice("\r\n--snipforge-boundary-7MA4YWxkTrZu0gW\r\nContent-Disposition: form-data; name=\"doc %22main%22\"; filename=\"upload.txt\"\r\nContent-Type: text/plain\r\n\r\n".as_bytes());
    body.extend_from_slice(&std::fs::read("upload.txt")?);
    body.extend_from_slice("\r\n--snipforge-boundary-7MA4YWxkTrZu0gW\r\nContent-Disposition: form-data; name=\"quoted file\"; filename=\"q%22uote.txt\"\r\nContent-Type: application/octet-stream\r\n\r\n".as_bytes());
    body.extend_from_slice(&std::fs::read("q\"uote.txt")?);
    body.extend_from_slice("\r\n--snipforge-boundary-7MA4YWxkTrZu0gW--\r\n".as_bytes());

    let response = ureq::post("{{baseUrl}}/upload")
        .header("Content-Type", "multipart/form-data; boundary=snipforge-boundary-7MA4YWxkTrZu0gW")
        .send(&body)?;

    println!("{}", response.into_body().read_to_string()?);
    Ok(())
}
