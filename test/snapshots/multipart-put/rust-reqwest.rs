use reqwest::blocking::Client;
use reqwest::blocking::multipart::{Form, Part};

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let client = Client::new();

    let form = Form::new()
        .text("name", "Ada")
        .text("tag", "a")
        .text("tag", "b")
        .part("avatar", Part::file("upload.txt")?.mime_str("text/plain")?);

    let response = client
        .put("{{baseUrl}}/profile")
        .header("X-Request-Id", "42")
        .multipart(form)
        .send()?;

    println!("{}", response.text()?);
    Ok(())
}
