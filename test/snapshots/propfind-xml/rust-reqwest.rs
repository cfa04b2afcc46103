use reqwest::blocking::Client;
use reqwest::Method;

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let client = Client::new();

    let response = client
        .request(Method::from_bytes(b"PROPFIND")?, "{{baseUrl}}/dav/")
        .header("Depth", "1")
        .header("Content-Type", "application/xml")
        .body(r#"<?xml version="1.0"?>
<propfind xmlns="DAV:"><allprop/></propfind>
"#)
        .send()?;

    println!("{}", response.text()?);
    Ok(())
}
