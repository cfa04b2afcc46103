const config = {
  method: "PUT",
  url: "{{baseUrl}}/settings",
  headers: {
    "Content-Type": "application/x-www-form-urlencoded",
    "X-Keep": "yes"
  },
  data: ""
};

axios
  .request(config)
  .then((response) => console.log(response.data))
  .catch((error) => console.error(error));
