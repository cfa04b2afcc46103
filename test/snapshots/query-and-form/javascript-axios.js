const form = new URLSearchParams();
form.append("user", "ann@example.com");
form.append("pass", "p@ss w0rd&");

const config = {
  method: "POST",
  url: "{{baseUrl}}/login?next=/home&lang=en",
  headers: {
    "Content-Type": "application/x-www-form-urlencoded"
  },
  data: form
};

axios
  .request(config)
  .then((response) => console.log(response.data))
  .catch((error) => console.error(error));
