use reqwest::blocking::Client;
use reqwest::blocking::multipart::{Form, Part};

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let client = Client::new();

    let form = Form::new()
        .text("description", "A text file")
        .part("document", Part::file("upload.txt")?.mime_str("text/plain")?)
        .text("after", "file");

    let response = client
        .post("{{baseUrl}}/upload")
        .multipart(form)
        .send()?;

    println!("{}", response.text()?);
    Ok(())
}
