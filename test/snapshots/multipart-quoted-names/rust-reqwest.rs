use reqwest::blocking::Client;
use reqwest::blocking::multipart::{Form, Part};

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let client = Client::new();

    let form = Form::new()
        .percent_encode_noop()
        .text("say %22hi%22", "one")
        .text("a\\b%22c%22", "two")
        .part("doc %22main%22", Part::file("upload.txt")?.mime_str("text/plain")?)
        .part("quoted file", Part::file("q\"uote.txt")?.file_name("q%22uote.txt"));

    let response = client
        .post("{{baseUrl}}/upload")
        .multipart(form)
        .send()?;

    println!("{}", response.text()?);
    Ok(())
}
