const form = new URLSearchParams();
form.append("theme", "dark mode");
form.append("tag", "a&b");
form.append("tag", "c");

const requestOptions = {
  method: "PATCH",
  headers: {
    "Content-Type": "application/x-www-form-urlencoded"
  },
  body: form
};

fetch("{{baseUrl}}/settings", requestOptions)
  .then((response) => response.text())
  .then((result) => console.log(result))
  .catch((error) => console.error(error));
