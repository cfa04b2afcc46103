const form = new URLSearchParams();
form.append("theme", "dark mode");
form.append("tag", "a&b");
form.append("tag", "c");

const config = {
  method: "PATCH",
  url: "{{baseUrl}}/settings",
  headers: {
    "Content-Type": "application/x-www-form-urlencoded"
  },
  data: form
};

axios
  .request(config)
  .then((response) => console.log(response.data))
  .catch((error) => console.error(error));
