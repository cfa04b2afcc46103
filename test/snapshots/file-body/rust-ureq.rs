fn main() -> Result<(), Box<dyn std::error::Error>> {
    let response = ureq::put("{{baseUrl}}/blobs/upload.txt")
        .header("Content-Type", "application/octet-stream")
        .send(&std::fs::read("upload.txt")?)?;

    println!("{}", response.into_body().read_to_string()?);
    Ok(())
}
