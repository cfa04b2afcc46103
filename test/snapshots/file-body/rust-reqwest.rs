use reqwest::blocking::Client;

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let client = Client::new();

    let response = client
        .put("{{baseUrl}}/blobs/upload.txt")
        .header("Content-Type", "application/octet-stream")
        .body(std::fs::read("upload.txt")?)
        .send()?;

    println!("{}", response.text()?);
    Ok(())
}
