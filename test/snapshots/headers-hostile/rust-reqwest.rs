use reqwest::blocking::Client;

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let client = Client::new();

    let response = client
        .get("{{baseUrl}}/echo")
        .header("X-Shell", "\"; rm -rf ~; \" $(id) `id` #{system('id')} \\(exploit) ${HOME} '; require('child_process').exec('id'); ' <?php */ %s")
        .header("X-Quotes", "'single' \"double\" `back` \\back\\slash\\")
        .header("X-Interp", "#{1+1} ${1+1} \\(1+1) {$x} $x @x #$x #@x %(x)s {0}")
        .header("X-Comment", "*/ /* // # -- <!-- ?>")
        .send()?;

    println!("{}", response.text()?);
    Ok(())
}
