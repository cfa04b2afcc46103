const form = new URLSearchParams();
form.append("user", "ann@example.com");
form.append("pass", "p@ss w0rd&");

const requestOptions = {
  method: "POST",
  headers: {
    "Content-Type": "application/x-www-form-urlencoded"
  },
  body: form
};

fetch("{{baseUrl}}/login?next=/home&lang=en", requestOptions)
  .then((response) => response.text())
  .then((result) => console.log(result))
  .catch((error) => console.error(error));
