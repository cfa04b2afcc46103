package main

import (
	"fmt"

	"github.com/go-resty/resty/v2"
)

func main() {
	client := resty.New()

	req := client.R()
	req.Header.Add("Content-Type", "application/x-www-form-urlencoded")
	req.SetBody("user=ann%40example.com&pass=p%40ss%20w0rd%26")

	resp, err := req.Execute("POST", "{{baseUrl}}/login?next=/home&lang=en")
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(resp.String())
}
