import { facilityStatusOf } from "../../../src/extract/status-of";

describe("facilityStatusOf", () => {
  it.each([
    "Polar Bus opened its first plant in Poznan in 2019.",
    "Keystone builds the truck at its factory in Chillicothe, Ohio.",
    "The group makes axles and brake components at its plant in Brescia.",
    "Ampera assembles the packs at its plant in Reno.",
  ])("calls a plant running when the sentence says it runs or makes something there now: %j", (text) => {
    expect(facilityStatusOf(text)).toBe("OPERATING");
  });

  it.each([
    "Tarvik will build the truck at its plant in Chakan from 2027.",
    "Polar Bus plans to build its second plant in Poland.",
    "The plant is expected to be operating by 2026.",
    "Polar Bus is choosing between Lodz and Gdansk for its second factory.",
  ])("calls a plant planned when the sentence plans it, or says nothing of it running: %j", (text) => {
    expect(facilityStatusOf(text)).toBe("PLANNED");
  });
});
